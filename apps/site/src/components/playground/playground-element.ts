/**
 * `<csp-playground>`: a small bootstrap. The editor and the validator it runs are loaded on first use,
 * so the page's own script stays tiny; until then the text box works as a plain text box.
 */
class CspPlayground extends HTMLElement {
  connectedCallback(): void {
    void import('./editor.ts').then(({ PlaygroundEditor }) => new PlaygroundEditor(this).start());
  }
}

customElements.define('csp-playground', CspPlayground);
