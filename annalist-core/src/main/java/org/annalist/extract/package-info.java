/**
 * The extract stage: {@link org.annalist.model.RawDocument} in, {@link org.annalist.model.Article} out,
 * through {@link org.annalist.extract.ArticleExtractor}; refusals are
 * {@link org.annalist.extract.ExtractionException}s with a one-line message and a reason.
 *
 * <p>It owns decoding (BOM, declared charset, UTF-8 with a windows-1252 fallback, repair of UTF-8
 * once read as windows-1252), refusing oversized, empty and binary input, HTML body extraction
 * with jsoup, boilerplate lines, embedded tweets, wire datelines and a language check.
 *
 * <p>Choices worth knowing: an embedded post's text stays in the article as written, in its own
 * paragraph, without added quotation marks; the {@link org.annalist.model.EmbeddedPost} span is
 * what marks it as a quotation. A dateline's place keeps a following region ("Beirut, Lebanon").
 * A dateline without a year is resolved against the article's date and left without a date
 * when there is none. The language check only answers "en" or "und" (English function words
 * against a few other languages'); a real multi-language detector is planned in a later issue.
 */
package org.annalist.extract;
