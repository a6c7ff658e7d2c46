/**
 * A YAML file's name without its folder or its .yaml/.yml ending: what flow versions and profiles
 * are named by. Either separator, as the CLI on Windows gives backslashes.
 */
export function yamlBaseName(file: string): string {
  return (file.split(/[\\/]/).pop() ?? file).replace(/\.ya?ml$/, '');
}
