/**
 * A screen's thumbnail: a small copy of its full-size canvas (drawImage, smoothed; the full-size canvas keeps the
 * OSD's own pixels), drawn once the full-size one is and only when it scrolls near the view. It is a link to the
 * full-size figure, named by screen and resolution.
 */
import { useEffect, useRef } from 'react';

export const THUMBNAIL_WIDTH = 192;

export function GalleryThumbnail({
  source,
  name,
  href,
}: {
  source: HTMLCanvasElement | undefined;
  name: string;
  href: string;
}) {
  const thumbnail = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const target = thumbnail.current;
    if (!target || !source) return;
    const draw = () => {
      target.width = THUMBNAIL_WIDTH;
      target.height = Math.round((THUMBNAIL_WIDTH * source.height) / source.width);
      target.getContext('2d')?.drawImage(source, 0, 0, target.width, target.height);
      target.dataset.drawn = 'true';
    };
    // Lazily: drawn when it comes near the view.
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          draw();
          observer.disconnect();
        }
      },
      { rootMargin: '400px' },
    );
    observer.observe(target);
    return () => observer.disconnect();
  }, [source]);
  return (
    <a className="gallery-thumbnail" href={href}>
      <canvas
        ref={thumbnail}
        width={THUMBNAIL_WIDTH}
        height={Math.round((THUMBNAIL_WIDTH * 9) / 16)}
        aria-hidden="true"
      />
      <span>{name}</span>
    </a>
  );
}
