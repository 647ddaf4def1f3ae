import { useState } from 'react';
import { useStrings } from '../i18n/useStrings.ts';

/**
 * A lazily loaded photo that falls back to a placeholder when the image cannot load (missing demo photo, remote
 * URL while offline). The alt text is the caption, as text.
 */
export function Photo({
  src,
  alt,
  className,
  onOpen,
}: {
  src: string;
  alt: string;
  className?: string;
  onOpen?: () => void;
}) {
  const strings = useStrings();
  const [failedSrc, setFailedSrc] = useState<string | null>(null);
  const image =
    failedSrc === src ? (
      <div className={`photo-placeholder ${className ?? ''}`} role="img" aria-label={strings.photoMissing}>
        <span>{strings.photoMissing}</span>
      </div>
    ) : (
      <img
        className={className}
        src={src}
        alt={alt}
        loading="lazy"
        decoding="async"
        onError={() => setFailedSrc(src)}
      />
    );
  if (!onOpen) return image;
  return (
    <button type="button" className="photo-open" onClick={onOpen} aria-label={strings.openPhoto}>
      {image}
    </button>
  );
}
