import { ResponseContentRequest } from '../shared/response-content.request';

/** Its own class so the OpenAPI document names the Stage 1 response body. */
export class IssueStage1ResponseRequest extends ResponseContentRequest {}
