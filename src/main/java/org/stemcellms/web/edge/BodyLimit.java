package org.stemcellms.web.edge;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import jakarta.inject.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import org.stemcellms.web.ApiSettings;
import org.stemcellms.web.problem.ApiException;
import org.stemcellms.web.problem.Problem;

/**
 * Enforces stemcellms.max-body-size on bodies sent without a Content-Length (chunked), which
 * {@link RequestGuard} cannot check before they arrive. The HTTP layer's own limit is set far above
 * this one, as it answers with an empty 413 instead of a problem.
 */
@jakarta.ws.rs.ext.Provider
public class BodyLimit implements ReaderInterceptor {

    /** Resolved per request: providers are created before the runtime configuration exists. */
    private final Provider<ApiSettings> settings;

    BodyLimit(Provider<ApiSettings> settings) {
        this.settings = settings;
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        context.setInputStream(new LimitedInputStream(context.getInputStream(), settings.get().maxBodySize().asLongValue()));
        return context.proceed();
    }

    static ApiException tooLarge(long limit) {
        return new ApiException(413, Problem.ABOUT_BLANK, "Content Too Large",
                "The request body is larger than the " + limit + " bytes this service accepts.", List.of());
    }

    private static final class LimitedInputStream extends FilterInputStream {

        private final long limit;
        private long read;

        LimitedInputStream(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > limit) {
                throw tooLarge(limit);
            }
        }
    }
}
