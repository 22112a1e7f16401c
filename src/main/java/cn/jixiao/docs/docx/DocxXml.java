package cn.jixiao.docs.docx;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import org.docx4j.jaxb.Context;

/**
 * Marshals docx4j's JAXB objects to part XML. docx4j's own JaxbXmlPart.marshal needs a whole package around the
 * part and pretty-prints; this goes straight from object to bytes with the conventional prefixes (w:, r:, ...).
 * JAXBContexts are thread-safe and built once by docx4j; a Marshaller is not, so each call makes its own (cheap).
 */
final class DocxXml {

    private DocxXml() {}

    /**
     * Our own instances rather than NamespacePrefixMapperUtils' shared ones: its getters are synchronized (a lock
     * every part of every parallel render would queue on) and its relationships getter fails unless the other
     * was called first. The mappers keep their only mutable state in a ThreadLocal, so sharing them is safe.
     */
    private static final Object PREFIXES = new org.docx4j.jaxb.ri.NamespacePrefixMapper();
    private static final Object RELATIONSHIPS_PREFIXES =
            new org.docx4j.jaxb.ri.NamespacePrefixMapperRelationshipsPart();
    private static final String PREFIX_MAPPER_PROPERTY = "org.glassfish.jaxb.namespacePrefixMapper";

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

        Object prefixMapper() {
            return this == RELATIONSHIPS ? RELATIONSHIPS_PREFIXES : PREFIXES;
        }
    }

    static void write(Kind kind, Object root, OutputStream out) throws IOException {
        try {
            Marshaller m = kind.context().createMarshaller();
            m.setProperty(PREFIX_MAPPER_PROPERTY, kind.prefixMapper());
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
