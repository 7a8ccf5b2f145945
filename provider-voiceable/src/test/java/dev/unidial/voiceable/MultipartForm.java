package dev.unidial.voiceable;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.MultipartReader;
import okio.Buffer;

/** A recorded multipart body parsed back into its parts, with OkHttp's own reader. */
record MultipartForm(Map<String, String> fields, Map<String, String> fileNames, Map<String, String> contentTypes) {

    static MultipartForm parse(String contentType, byte[] body) throws IOException {
        String boundary = MediaType.get(contentType).parameter("boundary");
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, String> files = new LinkedHashMap<>();
        Map<String, String> types = new LinkedHashMap<>();
        try (MultipartReader reader = new MultipartReader(new Buffer().write(body), boundary)) {
            MultipartReader.Part part;
            while ((part = reader.nextPart()) != null) {
                String disposition = part.headers().get("Content-Disposition");
                String name = attribute(disposition, "name");
                fields.put(name, part.body().readUtf8());
                String file = attribute(disposition, "filename");
                if (file != null) {
                    files.put(name, file);
                    types.put(name, part.headers().get("Content-Type"));
                }
            }
        }
        return new MultipartForm(fields, files, types);
    }

    private static String attribute(String disposition, String key) {
        for (String piece : disposition.split(";")) {
            String p = piece.trim();
            if (p.startsWith(key + "=\"")) {
                return p.substring(key.length() + 2, p.length() - 1);
            }
        }
        return null;
    }
}
