// Escaping for everything that comes from configs: HTML text and attributes, Markdown (link targets: core's safeUrl).

const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** Text safe in HTML element content and in quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML[c]!)
}

/** Text safe in Markdown: inline syntax backslash-escaped, raw HTML turned into entities. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/[\\`*_[\]#|~]/g, '\\$&')
    .replace(/[&<>"]/g, (c) => HTML[c]!)
    .replace(/^(\s*(?:\d+)?)([-+=.)])/, '$1\\$2') // a leading list, heading or numbered-list marker
}
