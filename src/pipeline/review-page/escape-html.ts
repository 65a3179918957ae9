const replacements: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/**
 * Escape text for HTML, in element content and in double- or single-quoted
 * attribute values alike: `&`, `<`, `>`, `"` and `'` become character
 * references, so markup, `</script>` or a quote in an article stays text.
 *
 * @param text
 *   Any text.
 * @returns
 *   The text, safe to place in HTML.
 * @example
 *   escapeHtml('</script>"') // => '&lt;/script&gt;&quot;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => replacements[character]!)
}
