import type { DemoPost } from './demoPost.ts';
import { posts2012to2015 } from './posts/posts2012to2015.ts';
import { posts2016to2018 } from './posts/posts2016to2018.ts';

/** Every demo post, in post-number order. */
export const demoPosts: DemoPost[] = [...posts2012to2015, ...posts2016to2018].sort((a, b) => a.n - b.n);
