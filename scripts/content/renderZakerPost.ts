import type { DemoPost, PhotoBlock } from './demoPost.ts';

/** A photo the rendered post references, and whether its placeholder file should exist. */
export interface PhotoFile {
  /** Path relative to public/, also the value of the post's data-original and src. */
  path: string;
  width: number;
  height: number;
  hue: number;
  number: string;
  label: string;
  missing: boolean;
}

export interface RenderedPost {
  fileName: string;
  markdown: string;
  photos: PhotoFile[];
}

// A few real-world aspect ratios so the app sees landscape, portrait and banner images.
const SHAPES: ReadonlyArray<[number, number]> = [
  [1000, 667],
  [1000, 750],
  [800, 1067],
  [1000, 563],
];

const yamlQuote = (text: string): string => `'${text.replace(/'/g, "''")}'`;

function renderImage(file: PhotoFile, index: number): string {
  return (
    `<div class="img_box" id="id_imagebox_${index}" onclick><div class="content_img_div perview_img_div">` +
    `<img class="lazy opacity_0 " id="img_${index}" data-original="${file.path}" data-height="${file.height}" ` +
    `data-width="${file.width}" src="${file.path}" referrerpolicy="no-referrer"></div></div>`
  );
}

function frontMatter(post: DemoPost, headImage: string | undefined): string {
  if (post.rawFrontMatter !== undefined) return post.rawFrontMatter;
  const categories = post.categories ?? ['新媒体', 'ZAKER', 'source'];
  const lines = [
    `title: ${yamlQuote(post.title)}`,
    'categories: ',
    ...categories.map((c) => ` - ${c}`),
    ...(headImage ? [`headimg: ${yamlQuote(headImage)}`] : []),
    'author: ZAKER',
    'comments: false',
    `date: ${new Date(post.date).toUTCString()}`,
    ...(headImage ? [`thumbnail: ${yamlQuote(headImage)}`] : []),
    ...(post.permalink ? [`permalink: ${post.permalink}`] : []),
    ...(post.url ? [`url: ${yamlQuote(post.url)}`] : []),
  ];
  return lines.join('\n');
}

/** Renders a demo post in the exact shape of the real ZAKER posts (see /work/shared/seeds). */
export function renderZakerPost(post: DemoPost): RenderedPost {
  const photos: PhotoFile[] = [];
  const nn = String(post.n).padStart(2, '0');
  const hue = (post.n * 47) % 360;
  const body: string[] = [];

  const renderPhotos = (block: PhotoBlock): string => {
    const images: string[] = [];
    for (let i = 0; i < (block.count ?? 1); i++) {
      const k = photos.length + 1;
      const [width, height] = SHAPES[(post.n + k) % SHAPES.length];
      const file: PhotoFile = {
        path: `demo-photos/p${nn}-${k}${block.missing ? '-missing' : ''}.svg`,
        width,
        height,
        hue,
        number: `${nn}·${k}`,
        label: block.label,
        missing: block.missing ?? false,
      };
      photos.push(file);
      images.push(renderImage(file, k - 1));
    }
    return `<p></p>${images.join('')}${block.caption ?? ''}<p></p>`;
  };

  for (const block of post.blocks) {
    body.push(block.kind === 'p' ? `<p>${block.text}</p>` : renderPhotos(block));
  }
  const headImage = photos.find((f) => !f.missing)?.path;
  const markdown = `\n---\n${frontMatter(post, headImage)}\n---\n\n<div>   \n${body.join('')}  \n</div>\n            `;
  return { fileName: `${post.slug}.md`, markdown, photos };
}
