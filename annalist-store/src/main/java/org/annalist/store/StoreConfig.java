package org.annalist.store;

/**
 * How an {@link EventStore} fills the values it is not given with each article.
 *
 * @param codes        Goldstein and QuadClass of CAMEO codes; {@link CodeInfo#UNKNOWN} when null
 * @param coderVersion version of the pipeline that processes the articles, stored on each article row;
 *                     when null, the version of the article's first event is used (null without events)
 */
public record StoreConfig(CodeInfo codes, String coderVersion) {

    public StoreConfig {
        codes = codes == null ? CodeInfo.UNKNOWN : codes;
    }

    /** No code values and no coder version: fine for reading, and for tests. */
    public static StoreConfig defaults() {
        return new StoreConfig(CodeInfo.UNKNOWN, null);
    }
}
