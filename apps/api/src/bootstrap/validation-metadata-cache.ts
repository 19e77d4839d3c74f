import { getMetadataStorage } from 'class-validator';

type Storage = ReturnType<typeof getMetadataStorage>;
type Lookup = Storage['getTargetValidationMetadatas'];

const CACHED = Symbol('redress.validationMetadataCached');

/**
 * class-validator finds a request class's rules, on every validation, by walking every class it
 * knows (an `instanceof` against each, for inherited rules): with the api's hundred or so request
 * classes that walk cost more than the checks themselves (a fifth of the validation in a profile
 * of the command path). The answer changes only when rules are added, so it is kept per class
 * and question, and forgotten whenever a rule is added. The rules themselves are untouched.
 */
export function cacheValidationMetadata(storage: Storage = getMetadataStorage()): void {
  const marked = storage as Storage & { [CACHED]?: true };
  if (marked[CACHED]) return;
  marked[CACHED] = true;
  const lookup: Lookup = storage.getTargetValidationMetadatas.bind(storage);
  const add = storage.addValidationMetadata.bind(storage);
  let known = new Map<unknown, Map<string, ReturnType<Lookup>>>();
  storage.getTargetValidationMetadatas = (target, schema, always, strictGroups, groups) => {
    const question = `${schema}\u0000${always}\u0000${strictGroups}\u0000${groups?.join('\u0000') ?? ''}`;
    let answers = known.get(target);
    if (!answers) known.set(target, (answers = new Map()));
    let answer = answers.get(question);
    if (!answer)
      answers.set(question, (answer = lookup(target, schema, always, strictGroups, groups)));
    return answer;
  };
  storage.addValidationMetadata = (metadata) => {
    known = new Map();
    add(metadata);
  };
}
