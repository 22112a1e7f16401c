package cn.jixiao.docs.workbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Says what a file is before anything reads it, so each kind of file that is not an .xlsx gets the message that
 * tells the clerk what to do: a password-protected .xlsx and an old .xls or WPS .et are both OLE2 containers, told
 * apart by the encrypted package stream inside.
 */
final class FileCheck {

    private FileCheck() {}

    /** Returns normally for a zip (an .xlsx, to be checked further); throws the right refusal otherwise. */
    static void requireZip(byte[] bytes) throws UnreadableWorkbook {
        FileMagic magic = bytes.length < 8 ? FileMagic.UNKNOWN : FileMagic.valueOf(bytes);
        if (magic == FileMagic.OOXML) {
            return;
        }
        if (magic == FileMagic.OLE2) {
            throw new UnreadableWorkbook(encrypted(bytes) ? "workbook.error.encrypted" : "workbook.error.oldFormat");
        }
        throw new UnreadableWorkbook("workbook.error.notWorkbook");
    }

    private static boolean encrypted(byte[] ole2) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(ole2))) {
            return fs.getRoot().hasEntry(Decryptor.DEFAULT_POIFS_ENTRY);
        } catch (IOException | RuntimeException e) {
            // A damaged OLE2 file: most likely an old-format workbook, and saving it as .xlsx is the advice either way.
            return false;
        }
    }
}
