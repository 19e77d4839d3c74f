import { HttpException } from '@nestjs/common';

/** A request refused at the edge with its own stable code (e.g. `BODY_TOO_DEEP`). */
export class RequestRefusedException extends HttpException {
  constructor(
    status: number,
    readonly code: string,
    readonly title: string,
    detail: string,
  ) {
    super(detail, status);
  }
}
