package io.longitude.dashboard.publication;

import java.io.StringWriter;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An Atom feed (RFC 4287) of the published session summaries, newest first, written with the JDK's StAX writer, which
 * escapes every text and attribute: a summary's HTML travels as escaped text ({@code type="html"}), already sanitised.
 *
 * @param id the feed's permanent id (a tag URI)
 * @param title the feed's title in the reader's language
 * @param self the feed's own address
 * @param home the public index page
 * @param author who the feed is by (the programme team, never a user name)
 * @param language the feed's language
 */
record AtomFeed(
        String id, String title, String self, String home, String author, String language, List<Entry> entries) {
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    AtomFeed {
        entries = entries.stream()
                .sorted(Comparator.comparing(Entry::updated).reversed())
                .toList();
    }

    /**
     * One published summary.
     *
     * @param id its permanent id (a tag URI per edition, session and language)
     * @param link the public page's address, at the session
     * @param html the summary, rendered and sanitised
     */
    record Entry(String id, String title, String link, Instant updated, String html) {}

    String xml() {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", language);
            text(xml, "id", id);
            text(xml, "title", title);
            text(
                    xml,
                    "updated",
                    entries.stream()
                            .map(Entry::updated)
                            .max(Comparator.naturalOrder())
                            .orElse(Instant.EPOCH)
                            .toString());
            link(xml, "self", self, "application/atom+xml");
            link(xml, "alternate", home, "text/html");
            xml.writeStartElement("author");
            text(xml, "name", author);
            xml.writeEndElement();
            for (Entry entry : entries) {
                xml.writeStartElement("entry");
                text(xml, "id", entry.id());
                text(xml, "title", entry.title());
                text(xml, "updated", entry.updated().toString());
                link(xml, "alternate", entry.link(), "text/html");
                xml.writeStartElement("content");
                xml.writeAttribute("type", "html");
                xml.writeCharacters(entry.html());
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write the Atom feed: " + e.getMessage(), e);
        }
        return out.toString();
    }

    private static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String relation, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", relation);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
    }
}
