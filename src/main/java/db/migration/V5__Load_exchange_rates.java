package db.migration;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.zip.CRC32;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Loads the ECB reference rates from the CSV the ECB publishes them in (a copy of
 * shared/data/ecb-eurofxref-2024-09-26.csv, kept in the application): a header of currency codes and one
 * row of units per 1 EUR, dated.
 */
public class V5__Load_exchange_rates extends BaseJavaMigration {

    static final String RATES = "db/data/ecb-eurofxref-2024-09-26.csv";
    private static final String SOURCE = "ecb-eurofxref-2024-09-26";
    private static final LocalDate REVIEWED_ON = LocalDate.of(2026, 11, 24);
    private static final DateTimeFormatter ECB_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    /**
     * A CRC32 of the CSV, as Flyway keeps for SQL migrations: an edited rates file no longer passes {@code flyway
     * validate}. (Databases migrated before this checksum existed hold none for version 5: run {@code flyway repair}
     * once, see docs/deploy.md.)
     */
    @Override
    public Integer getChecksum() {
        CRC32 crc = new CRC32();
        crc.update(csv());
        return (int) crc.getValue();
    }

    @Override
    public void migrate(Context context) throws Exception {
        BufferedReader reader = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(csv()), StandardCharsets.UTF_8));
        String[] header = cells(reader.readLine());
        String[] rates = cells(reader.readLine());
        if (!header[0].equals("Date") || header.length != rates.length) {
            throw new IOException(RATES + " is not in the ECB's eurofxref.csv layout");
        }
        LocalDate date = LocalDate.parse(rates[0], ECB_DATE);
        try (PreparedStatement insert = context.getConnection().prepareStatement(
                "insert into exchange_rate (currency, units_per_eur, rate_date, source_id, reviewed_on) values (?, ?, ?, ?, ?)")) {
            for (int i = 1; i < header.length; i++) {
                insert.setString(1, header[i]);
                insert.setBigDecimal(2, new BigDecimal(rates[i]));
                insert.setDate(3, Date.valueOf(date));
                insert.setString(4, SOURCE);
                insert.setDate(5, Date.valueOf(REVIEWED_ON));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static byte[] csv() {
        try (InputStream in = V5__Load_exchange_rates.class.getClassLoader().getResourceAsStream(RATES)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException(RATES + " is missing from the application"));
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The ECB's lines end with ", ": split on commas, trim, and drop the empty last cell. */
    private static String[] cells(String line) throws IOException {
        if (line == null) {
            throw new IOException(RATES + " is truncated");
        }
        return java.util.Arrays.stream(line.split(",")).map(String::trim).filter(cell -> !cell.isEmpty()).toArray(String[]::new);
    }
}
