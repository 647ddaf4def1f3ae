/** A caption as a reader scans it in lists and tooltips: without the photo-caption arrow it starts with. */
export const displayCaption = (caption: string): string => caption.replace(/^[\s↑]+/, '');
