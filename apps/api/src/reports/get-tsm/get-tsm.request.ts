import { TsmOptionsRequest } from '../shared/tsm-options.request';

export class GetTsmRequest extends TsmOptionsRequest {}
