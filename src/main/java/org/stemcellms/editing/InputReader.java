package org.stemcellms.editing;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads the body of POST and PUT into a write form with {@link InputBinder}, so that every invalid field is named at once. */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
public class InputReader implements MessageBodyReader<ContentInput> {

    private final ObjectMapper json;

    InputReader(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return ContentInput.class.isAssignableFrom(type);
    }

    @Override
    public ContentInput readFrom(Class<ContentInput> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> headers, InputStream body) throws IOException {
        return new InputBinder(json).bind(json.readTree(body), type);
    }
}
