package org.annalist.extract;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import org.annalist.extract.ExtractionException.Reason;
import org.annalist.model.Article;
import org.annalist.model.DateEvidence;
import org.annalist.model.Dateline;
import org.annalist.model.EmbeddedPost;
import org.annalist.model.PageMetadata;
import org.annalist.model.RawDocument;

/**
 * The extract stage: a {@link RawDocument} (HTML or plain text, any common encoding) to a clean
 * {@link Article} with title, date, URL, dateline, embedded posts and language.
 *
 * <p>Immutable and safe to share between threads.
 */
public final class ArticleExtractor {

    private static final Pattern HTML_START = Pattern.compile(
            "^\\s*(?:<!--.*?-->\\s*)*(?:<!doctype\\s+html|<html|<head|<body|<\\?xml[^>]*>\\s*<(?:!doctype\\s+)?html)",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern HTML_TAG = Pattern.compile("</?(?:p|div|br|article|span|a\\s+href)[\\s>/]",
            Pattern.CASE_INSENSITIVE);
    /** This many tags in a document of unknown format is markup, not a story that mentions one. */
    private static final int MIN_SNIFFED_TAGS = 3;
    private static final int MAX_TITLE_LINE = 150;
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final ExtractorOptions options;
    private final DocumentDecoder decoder;
    private final HtmlArticleParser html = new HtmlArticleParser();

    /** An extractor with {@link ExtractorOptions#defaults()}: 20 MiB limit, English only. */
    public ArticleExtractor() {
        this(ExtractorOptions.defaults());
    }

    public ArticleExtractor(ExtractorOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.decoder = new DocumentDecoder(options.maxBytes());
    }

    /**
     * Extracts the article from one document.
     *
     * @return the article; its {@code text} is the cleaned body that every later offset points into
     * @throws ExtractionException when the document is too large, empty, binary, has no body text,
     *                             or (unless allowed by the options) is not English
     */
    public Article extract(RawDocument doc) throws ExtractionException {
        String decoded = TextNormaliser.normaliseCharacters(MojibakeRepair.repair(
                decoder.decode(doc.bytes(), doc.charsetHint())));
        if (decoded.isBlank()) {
            throw new ExtractionException(Reason.EMPTY, "empty document");
        }
        // A page that opens with <!doctype html> or <html> is HTML even when a feed calls it text.
        boolean isHtml = doc.format() == RawDocument.Format.HTML
                || HTML_START.matcher(decoded).lookingAt()
                || (doc.format() == RawDocument.Format.UNKNOWN && looksLikeHtml(decoded));

        String title = doc.titleHint() == null ? null : TextNormaliser.collapseLine(doc.titleHint());
        LocalDate metadataDate = null;
        String url = doc.url();
        String author = doc.authorHint();
        String siteName = doc.siteHint();
        String canonical = null;
        List<BodyBlock> blocks;
        if (isHtml) {
            HtmlArticleParser.HtmlArticle page = html.parse(decoded, doc.url());
            title = title != null ? title : page.title();
            metadataDate = page.date();
            url = page.url() != null ? page.url() : url;
            canonical = page.url();
            author = author != null ? author : page.author();
            siteName = siteName != null ? siteName : page.siteName();
            blocks = clean(page.blocks());
        } else {
            blocks = clean(paragraphs(decoded));
        }
        if (title == null) {
            title = takeTitleLine(blocks);
        } else {
            dropRepeatedTitle(blocks, title);
        }
        if (blocks.isEmpty()) {
            throw new ExtractionException(Reason.NO_TEXT, isHtml ? "no article text found in HTML"
                    : "no article text left after removing boilerplate");
        }

        List<EmbeddedPost> embeds = new ArrayList<>();
        String body = assemble(blocks, embeds);

        EnglishDetector.Result language = EnglishDetector.detect(body);
        if (!options.allowNonEnglish() && language.isClearlyNotEnglish()) {
            throw new ExtractionException(Reason.NOT_ENGLISH, "no English text (" + language.describe() + ")");
        }
        LocalDate urlDate = PageMetadata.urlDate(canonical != null ? canonical : doc.url());
        LocalDate reference = doc.dateHint() != null ? doc.dateHint() : metadataDate != null ? metadataDate : urlDate;
        Dateline dateline = DatelineParser.find(body, reference);
        LocalDate date = reference != null ? reference : dateline == null ? null : dateline.date();
        // the date stays the most trusted one; the rest is kept so that disagreements show
        List<DateEvidence> dateEvidence = new ArrayList<>();
        if (doc.dateHint() != null) dateEvidence.add(new DateEvidence(DateEvidence.SOURCE, doc.dateHint()));
        if (metadataDate != null) dateEvidence.add(new DateEvidence(DateEvidence.METADATA, metadataDate));
        if (urlDate != null) dateEvidence.add(new DateEvidence(DateEvidence.URL, urlDate));
        if (dateline != null && dateline.date() != null) {
            dateEvidence.add(new DateEvidence(DateEvidence.DATELINE, dateline.date()));
        }
        for (EmbeddedPost post : embeds) {
            if (post.date() != null) dateEvidence.add(new DateEvidence(DateEvidence.POST, post.date()));
        }
        return new Article(articleId(body), url, title, date, language.language(), body, dateline, embeds,
                doc.origin(), dateEvidence, new PageMetadata(author, siteName, canonical, doc.url()));
    }

    /**
     * Joins the paragraphs with blank lines into the final text and records, for each embedded
     * post, where its text landed; offsets are taken here, after every removal, so they hold.
     */
    private static String assemble(List<BodyBlock> blocks, List<EmbeddedPost> embeds) {
        StringBuilder text = new StringBuilder();
        for (BodyBlock block : blocks) {
            if (text.length() > 0) {
                text.append("\n\n");
            }
            int start = text.length();
            text.append(block.text());
            if (block.isPost()) {
                PostSignature s = block.post();
                embeds.add(new EmbeddedPost(s.author(), s.handle(), s.date(), start, text.length()));
            }
        }
        return text.toString();
    }

    /** Stable across runs and sources: whitespace and case do not change the id. */
    static String articleId(String body) {
        String normalised = WHITESPACE.matcher(body.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static boolean looksLikeHtml(String text) {
        if (HTML_START.matcher(text).lookingAt()) {
            return true;
        }
        var tags = HTML_TAG.matcher(text);
        int count = 0;
        while (count < MIN_SNIFFED_TAGS && tags.find()) {
            count++;
        }
        return count >= MIN_SNIFFED_TAGS;
    }

    private static List<BodyBlock> paragraphs(String text) {
        List<BodyBlock> blocks = new ArrayList<>();
        for (String paragraph : TextNormaliser.paragraphs(text)) {
            blocks.add(BodyBlock.prose(paragraph));
        }
        return blocks;
    }

    /** Boilerplate lines and tweet links out, pasted tweets recognised. */
    private static List<BodyBlock> clean(List<BodyBlock> raw) {
        List<BodyBlock> cleaned = new ArrayList<>();
        for (BodyBlock block : raw) {
            String text = block.isPost() ? BoilerplateFilter.cleanPost(block.text())
                    : BoilerplateFilter.cleanProse(block.text());
            if (!text.isEmpty()) {
                cleaned.add(new BodyBlock(text, block.post()));
            }
        }
        return PastedPostFinder.split(cleaned);
    }

    /**
     * A first paragraph of one short line without a final period, followed by more text, is the
     * title of a plain-text article; it is removed from the body and returned.
     */
    private static String takeTitleLine(List<BodyBlock> blocks) {
        if (blocks.size() < 2 || blocks.get(0).isPost()) {
            return null;
        }
        String first = blocks.get(0).text();
        String end = first.replaceAll("[\"”’')\\]]+$", "");
        if (first.contains("\n") || first.length() >= MAX_TITLE_LINE || end.endsWith(".") || end.endsWith(":")
                || first.chars().noneMatch(Character::isLetter) || DatelineParser.find(first, null) != null) {
            return null;
        }
        blocks.remove(0);
        return first;
    }

    /** Sources that send the title separately often repeat it as the first line of the body. */
    private static void dropRepeatedTitle(List<BodyBlock> blocks, String title) {
        if (blocks.size() >= 2 && !blocks.get(0).isPost()
                && blocks.get(0).text().strip().equalsIgnoreCase(title.strip())) {
            blocks.remove(0);
        }
    }
}
