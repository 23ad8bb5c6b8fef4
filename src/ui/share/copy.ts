/** Copies text: the async Clipboard API where allowed, else a selected textarea and execCommand. */
export async function copyText(
  text: string,
  fallbackField?: HTMLTextAreaElement | HTMLInputElement | null,
): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Denied (an iframe without clipboard-write, an insecure page): fall back.
  }
  if (!fallbackField) return false;
  try {
    fallbackField.focus();
    fallbackField.select();
    return document.execCommand('copy');
  } catch {
    return false;
  }
}
