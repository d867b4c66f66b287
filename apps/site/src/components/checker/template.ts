/** Fills `{name}` in a template from `values`; unknown names are left as they are. */
export function fill(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{([a-zA-Z]+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
