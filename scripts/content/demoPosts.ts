import type { DemoPost } from './demoPost.ts';
import { posts2012to2015 } from './posts/posts2012to2015.ts';
import { posts2016to2018 } from './posts/posts2016to2018.ts';
import { posts2019to2021 } from './posts/posts2019to2021.ts';
import { posts2022to2024 } from './posts/posts2022to2024.ts';
import { postsSpecialCases } from './posts/postsSpecialCases.ts';

/** Every demo post, in post-number order. */
export const demoPosts: DemoPost[] = [
  ...posts2012to2015,
  ...posts2016to2018,
  ...posts2019to2021,
  ...posts2022to2024,
  ...postsSpecialCases,
].sort((a, b) => a.n - b.n);
