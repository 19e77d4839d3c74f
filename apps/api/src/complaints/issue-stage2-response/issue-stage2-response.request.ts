import { ResponseContentRequest } from '../shared/response-content.request';

/** Its own class so the OpenAPI document names the final response body. */
export class IssueStage2ResponseRequest extends ResponseContentRequest {}
