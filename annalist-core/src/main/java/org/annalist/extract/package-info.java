/**
 * The extract stage: {@link org.annalist.model.RawDocument} in, {@link org.annalist.model.Article} out,
 * through {@link org.annalist.extract.ArticleExtractor}; refusals are
 * {@link org.annalist.extract.ExtractionException}s with a one-line message and a reason.
 *
 * <p>It owns decoding (BOM, valid UTF-8, the transport's then the page's declared charset, juniversalchardet
 * for bytes without a usable label, windows-1252 last; repair of UTF-8 once read as windows-1252), refusing
 * oversized, empty and binary input, HTML body extraction with jsoup, page metadata
 * ({@link org.annalist.model.PageMetadata}: author, site name, canonical URL, a date in the URL), boilerplate
 * lines, embedded tweets, wire datelines and a language check.
 *
 * <p>Choices worth knowing: an embedded post's text stays in the article as written, in its own
 * paragraph, without added quotation marks; the {@link org.annalist.model.EmbeddedPost} span is
 * what marks it as a quotation. A dateline's place keeps a following region ("Beirut, Lebanon").
 * A dateline without a year is resolved against the article's date and left without a date
 * when there is none. The language check only answers "en" or "und" (English function words
 * against a few other languages'). Lingua was measured against it (LanguageDetectorComparison, figures in the
 * README): on our 58 samples Lingua named every language, but with 15 languages it costs ~435 MiB of heap, 18-28 s
 * of loading and milliseconds per text (all 75 languages: ~1.45 GiB), while the pipeline only needs English or
 * not, which the function words answer in microseconds without refusing any English sample; so the function
 * words stay.
 */
package org.annalist.extract;
