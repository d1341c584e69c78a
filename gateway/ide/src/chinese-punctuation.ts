/**
 * The editors leave Chinese punctuation alone. Monaco marks characters that look like ASCII ones
 * as ambiguous, with a box: every ，；：（） of the API's Chinese descriptions, notes and quotes in
 * an answer was boxed as if it were a mistake. GraphiQL creates its editors itself, from the same
 * module this imports, so the option is set on each as it is created, and on any created before.
 */
export async function leaveChinesePunctuationAlone(): Promise<void> {
  const { editor } = await import('monaco-graphql/esm/monaco-editor.js');
  const options = { unicodeHighlight: { ambiguousCharacters: false } };
  editor.onDidCreateEditor((created) => created.updateOptions(options));
  for (const created of editor.getEditors()) created.updateOptions(options);
}
