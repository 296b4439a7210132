package org.stemcellms.web.edge;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;

/** The fast path's chunked write, on a real Vert.x server and connection: every byte, in order, to a fast or a slow reader. */
class ChunkedWriteTest {

    private Vertx vertx;
    private HttpServer server;
    private byte[] body;

    @BeforeEach
    void start() throws Exception {
        vertx = Vertx.vertx();
        // larger than the socket buffers on loopback, so that a slow reader fills the write queue and the write waits
        body = new byte[16 * 1024 * 1024 + 123];
        new Random(42).nextBytes(body);
        server = vertx.createHttpServer()
                .requestHandler(request -> CachedAnswers.writeInChunks(request.response().setChunked(true), body, 0))
                .listen(0).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @AfterEach
    void stop() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void shouldSendTheWholeBodyToAFastReader() throws Exception {
        assertArrayEquals(body, read(0));
    }

    @Test
    void shouldSendTheWholeBodyToASlowReader() throws Exception {
        assertArrayEquals(body, read(2));
    }

    private byte[] read(long pauseMillisPerRead) throws Exception {
        HttpURLConnection connection = (HttpURLConnection) URI.create("http://127.0.0.1:" + server.actualPort() + "/").toURL()
                .openConnection();
        connection.setReadTimeout(10_000);
        assertEquals(200, connection.getResponseCode());
        assertEquals("chunked", connection.getHeaderField("Transfer-Encoding"));
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        try (InputStream in = connection.getInputStream()) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) >= 0; ) {
                received.write(buffer, 0, n);
                if (pauseMillisPerRead > 0) {
                    Thread.sleep(pauseMillisPerRead);
                }
            }
        }
        return received.toByteArray();
    }
}
