package org.annalist.extract;

/**
 * Configuration of {@link ArticleExtractor}.
 *
 * @param maxBytes        documents larger than this are refused
 * @param allowNonEnglish when true, text that does not look English is kept (language "und")
 *                        instead of refused
 */
public record ExtractorOptions(long maxBytes, boolean allowNonEnglish) {

    /** 20 MiB: far above any news article, low enough to refuse a stray video or archive. */
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    public ExtractorOptions {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
    }

    /** @return 20 MiB limit, English only */
    public static ExtractorOptions defaults() {
        return new ExtractorOptions(DEFAULT_MAX_BYTES, false);
    }

    /** @return these options with another size limit */
    public ExtractorOptions withMaxBytes(long limit) {
        return new ExtractorOptions(limit, allowNonEnglish);
    }

    /** @return these options, keeping text that does not look English */
    public ExtractorOptions allowingNonEnglish() {
        return new ExtractorOptions(maxBytes, true);
    }
}
