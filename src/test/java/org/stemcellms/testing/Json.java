package org.stemcellms.testing;

import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.config.JsonPathConfig;

/** rest-assured settings shared by tests. */
public final class Json {

    /** Reads JSON decimals as BigDecimal, so money and percentages are compared exactly. */
    public static final RestAssuredConfig EXACT_DECIMALS = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));

    private Json() {
    }
}
