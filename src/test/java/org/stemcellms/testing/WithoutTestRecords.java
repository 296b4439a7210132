package org.stemcellms.testing;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** For test classes that write: starts and ends every test with none of the records the tests create. */
public abstract class WithoutTestRecords {

    @Inject
    protected Database database;

    @BeforeEach
    @AfterEach
    void removeTestRecords() {
        database.removeTestRecords();
    }
}
