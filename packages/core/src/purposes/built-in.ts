// The ids of the purposes with built-in ja/en text, without the text: the validator needs only the ids.

/** Purpose ids PURPOSE_TEXT describes (a test keeps the two equal). */
export const BUILT_IN_PURPOSES = ['necessary', 'analytics', 'advertising', 'affiliate', 'functional', 'personalization']
