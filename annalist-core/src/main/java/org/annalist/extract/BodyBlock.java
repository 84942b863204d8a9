package org.annalist.extract;

/**
 * One paragraph of an article body on its way to the final text: plain prose, or the text of an
 * embedded post with its signature.
 *
 * @param text lines of the paragraph, separated by {@code \n}
 * @param post the embedded post's signature, or null for prose
 */
record BodyBlock(String text, PostSignature post) {

    static BodyBlock prose(String text) {
        return new BodyBlock(text, null);
    }

    static BodyBlock post(String text, PostSignature post) {
        return new BodyBlock(text, post);
    }

    boolean isPost() {
        return post != null;
    }
}
