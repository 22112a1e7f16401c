package cn.jixiao.docs.docx;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import org.docx4j.jaxb.Context;
import org.docx4j.jaxb.NamespacePrefixMapperUtils;

/**
 * Marshals docx4j's JAXB objects to part XML. docx4j's own JaxbXmlPart.marshal needs a whole package around the
 * part and pretty-prints; this goes straight from object to bytes with the conventional prefixes (w:, r:, ...).
 * JAXBContexts are thread-safe and built once by docx4j; a Marshaller is not, so each call makes its own (cheap).
 */
final class DocxXml {

    private DocxXml() {}

    /** Where each kind of part takes its JAXB context and namespace prefixes from. */
    enum Kind {
        WORDML, CORE_PROPERTIES, EXTENDED_PROPERTIES, RELATIONSHIPS, CONTENT_TYPES;

        JAXBContext context() {
            return switch (this) {
                case WORDML -> Context.jc;
                case CORE_PROPERTIES -> Context.jcDocPropsCore;
                case EXTENDED_PROPERTIES -> Context.jcDocPropsExtended;
                case RELATIONSHIPS -> Context.jcRelationships;
                case CONTENT_TYPES -> Context.jcContentTypes;
            };
        }

        Object prefixMapper() throws JAXBException {
            // docx4j 11.5 probes the relationships mapper with the main mapper, which is null until built once: on a
            // fresh JVM whose first part is a relationships part that probe fails. Building the main one first avoids it.
            Object main = NamespacePrefixMapperUtils.getPrefixMapper();
            return this == RELATIONSHIPS ? NamespacePrefixMapperUtils.getPrefixMapperRelationshipsPart() : main;
        }
    }

    static void write(Kind kind, Object root, OutputStream out) throws IOException {
        try {
            Marshaller m = kind.context().createMarshaller();
            // docx4j's RI prefix mappers keep their only mutable state in a ThreadLocal, so sharing them is safe.
            NamespacePrefixMapperUtils.setProperty(m, kind.prefixMapper());
            m.marshal(root, out);
        } catch (JAXBException e) {
            throw new IOException("cannot write " + root.getClass().getSimpleName() + " part", e);
        }
    }

    static byte[] bytes(Kind kind, Object root) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        write(kind, root, out);
        return out.toByteArray();
    }
}
