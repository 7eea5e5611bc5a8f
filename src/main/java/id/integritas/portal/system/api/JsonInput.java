package id.integritas.portal.system.api;

import java.io.IOException;
import java.time.LocalDate;

import jakarta.inject.Singleton;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;

import id.integritas.portal.system.validation.StrictUtf8InputStream;
import id.integritas.portal.system.validation.TextRules;
import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Strict JSON input: dates only as ISO text (never a number of days), and every string must pass
 * {@link TextRules}. Ill-formed UTF-8 in a JSON body becomes U+FFFD before Jackson reads it, so it ends up as a
 * field error on the field that held it instead of being decoded leniently.
 */
public final class JsonInput {

    private JsonInput() {
    }

    /** A string value that breaks {@link TextRules}; the message never echoes the value. */
    public static final class InvalidTextException extends InvalidFormatException {
        InvalidTextException(JsonParser p) {
            super(p, "text with control characters or invalid encoding", null, String.class);
        }
    }

    /** A value in the wrong form, with the field-error code to report (e.g. {@code base64}). */
    public static class FieldFormatException extends InvalidFormatException {
        private final String code;

        public FieldFormatException(JsonParser p, String code, Class<?> type) {
            super(p, "value not in the expected form (" + code + ")", null, type);
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    @Singleton
    public static class Customizer implements ObjectMapperCustomizer {
        @Override
        public void customize(ObjectMapper mapper) {
            mapper.configOverride(LocalDate.class).setFormat(JsonFormat.Value.forLeniency(false));
            mapper.registerModule(new SimpleModule("portal-strict-text").addDeserializer(String.class, new CleanText()));
        }
    }

    static final class CleanText extends StdScalarDeserializer<String> {
        CleanText() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value = StringDeserializer.instance.deserialize(p, ctxt);
            if (!TextRules.clean(value)) {
                throw new InvalidTextException(p);
            }
            return value;
        }
    }

    @Provider
    public static class StrictUtf8 implements ReaderInterceptor {
        @Override
        public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
            MediaType type = context.getMediaType();
            if (type != null && (type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"))) {
                context.setInputStream(new StrictUtf8InputStream(context.getInputStream()));
            }
            return context.proceed();
        }
    }
}
