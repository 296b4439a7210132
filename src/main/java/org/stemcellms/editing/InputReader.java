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

/** Reads a JSON body into a {@link StrictInput} (a write form, the self-check) with {@link InputBinder}: every invalid field at once. */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
public class InputReader implements MessageBodyReader<StrictInput> {

    private final ObjectMapper json;

    InputReader(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return StrictInput.class.isAssignableFrom(type);
    }

    @Override
    public StrictInput readFrom(Class<StrictInput> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> headers, InputStream body) throws IOException {
        return new InputBinder(json).bind(json.readTree(body), type);
    }
}
