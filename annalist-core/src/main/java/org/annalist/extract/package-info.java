/**
 * The extract stage: {@link org.annalist.model.RawDocument} in, {@link org.annalist.model.Article} out,
 * through {@link org.annalist.extract.ArticleExtractor}. It owns decoding (BOM, declared charset,
 * UTF-8 with a windows-1252 fallback), refusing binary, empty and oversized input, HTML body
 * extraction (jsoup), boilerplate lines ("Also Read", share and follow prompts, bare links, photo
 * credits), embedded tweets, wire datelines, and a light English-or-not language check that only
 * answers "en" or "und"; a real multi-language detector is planned in a later issue.
 */
package org.annalist.extract;
