package org.annalist.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.annalist.model.RawDocument;
import org.junit.jupiter.api.Test;

class FeedReaderTest {

    final List<RawDocument> docs = new ArrayList<>();
    final List<Skip> skips = new ArrayList<>();

    static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
                 xmlns:dc="http://purl.org/dc/elements/1.1/">
            <channel><title>The Northbridge Courier</title><link>https://courier.example/</link>
            <item><title>Bridge plan approved</title><link>https://courier.example/2023/03/14/bridge</link>
              <pubDate>Tue, 14 Mar 2023 09:30:00 GMT</pubDate><dc:creator>Ana Reyes</dc:creator>
              <description>Short teaser.</description>
              <content:encoded><![CDATA[<p>The council approved the bridge plan on Tuesday.</p><p>Work starts in May.</p>]]></content:encoded>
            </item>
            <item><title>Dates gone wrong</title><link>https://courier.example/x</link>
              <pubDate>the fourteenth of never</pubDate><description>Officials met the mayor to discuss flooding.</description>
            </item>
            <item><title>Empty item</title><link>https://courier.example/empty</link></item>
            </channel></rss>
            """;

    @Test
    void eachRssItemBecomesADocumentWithItsMetadata() {
        int n = new FeedReader().read("f.rss", RSS.getBytes(StandardCharsets.UTF_8), docs::add, skips::add);
        assertThat(n).isEqualTo(2);
        RawDocument first = docs.get(0);
        assertThat(first.origin()).isEqualTo("f.rss#1");
        assertThat(first.url()).isEqualTo("https://courier.example/2023/03/14/bridge");
        assertThat(first.titleHint()).isEqualTo("Bridge plan approved");
        assertThat(first.dateHint()).isEqualTo(LocalDate.of(2023, 3, 14));
        assertThat(first.authorHint()).isEqualTo("Ana Reyes");
        assertThat(first.siteHint()).isEqualTo("The Northbridge Courier");
        assertThat(first.format()).isEqualTo(RawDocument.Format.HTML);
        assertThat(new String(first.bytes(), StandardCharsets.UTF_8)).contains("Work starts in May").doesNotContain("teaser");
        assertThat(docs.get(1).dateHint()).isNull();
        assertThat(skips).extracting(Skip::origin, Skip::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple("f.rss#2", "unreadable date \"the fourteenth of never\"; item read without a date"),
                org.assertj.core.groups.Tuple.tuple("f.rss#3", "feed item has no text (\"Empty item\")"));
    }

    @Test
    void atomEntriesUseTheirContentAndPublishedDate() {
        String atom = """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Valley Times</title><id>urn:x</id><updated>2023-03-15T00:00:00Z</updated>
                <entry><title>Flood warning</title><id>urn:1</id><link href="https://valley.example/flood"/>
                  <published>2023-03-13T22:00:00Z</published><updated>2023-03-15T08:00:00Z</updated>
                  <author><name>Tom Baker</name></author>
                  <content type="html">&lt;p&gt;Rivers rose across the valley overnight.&lt;/p&gt;</content></entry>
                </feed>""";
        new FeedReader().read("v.atom", atom.getBytes(StandardCharsets.UTF_8), docs::add, skips::add);
        assertThat(docs).hasSize(1);
        assertThat(docs.get(0).url()).isEqualTo("https://valley.example/flood");
        assertThat(docs.get(0).dateHint()).isEqualTo(LocalDate.of(2023, 3, 13));
        assertThat(docs.get(0).authorHint()).isEqualTo("Tom Baker");
        assertThat(new String(docs.get(0).bytes(), StandardCharsets.UTF_8)).contains("<p>Rivers rose");
        assertThat(skips).isEmpty();
    }

    @Test
    void aFeedWithABrokenItemIsReadItemByItem() {
        String broken = RSS.replace("<item><title>Dates gone wrong</title>", "<item><title>Broken <b>markup</title>");
        new FeedReader().read("b.rss", broken.getBytes(StandardCharsets.UTF_8), docs::add, skips::add);
        assertThat(skips.get(0).origin()).isEqualTo("b.rss");
        assertThat(skips.get(0).reason()).startsWith("feed is not well-formed XML");
        assertThat(docs).extracting(RawDocument::url).contains("https://courier.example/2023/03/14/bridge");
        assertThat(docs.get(0).dateHint()).isEqualTo(LocalDate.of(2023, 3, 14));
        assertThat(docs.get(0).authorHint()).isEqualTo("Ana Reyes");
        assertThat(new String(docs.get(0).bytes(), StandardCharsets.UTF_8)).contains("Work starts in May");
    }

    @Test
    void somethingThatIsNoFeedIsOneSkip() {
        new FeedReader().read("n.rss", "<rss><<<".getBytes(StandardCharsets.UTF_8), docs::add, skips::add);
        assertThat(docs).isEmpty();
        assertThat(skips).singleElement().satisfies(s -> assertThat(s.reason()).startsWith("not a readable RSS or Atom feed"));
    }
}
