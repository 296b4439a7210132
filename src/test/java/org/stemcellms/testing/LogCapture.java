package org.stemcellms.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.jboss.logmanager.ExtLogRecord;

/**
 * The log records written under a category while it is open, with their logging context (MDC) as it was
 * on the thread that logged: {@code try (var logs = LogCapture.of("")) { ... } logs.records()}.
 */
public final class LogCapture extends Handler implements AutoCloseable {

    private final Logger logger;
    private final List<ExtLogRecord> records = new CopyOnWriteArrayList<>();

    private LogCapture(String category) {
        this.logger = Logger.getLogger(category);
        logger.addHandler(this);
    }

    /** Starts capturing {@code category} and everything below it ("" for every log line). */
    public static LogCapture of(String category) {
        return new LogCapture(category);
    }

    public List<ExtLogRecord> records() {
        return records;
    }

    /** Each record as one line: its formatted message, with its request id when it has one. */
    public List<String> lines() {
        return records.stream().map(record -> "[" + record.getMdc("requestId") + "] " + record.getFormattedMessage()).toList();
    }

    @Override
    public void publish(LogRecord record) {
        if (record instanceof ExtLogRecord ext) {
            ext.copyMdc();
            records.add(ext);
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        logger.removeHandler(this);
    }
}
