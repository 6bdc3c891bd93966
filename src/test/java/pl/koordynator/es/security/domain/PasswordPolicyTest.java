package pl.koordynator.es.security.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

    @Test
    void twelveCharactersAreEnoughElevenAreNot() {
        assertThat(PasswordPolicy.check("abcdefghijkl", "jan")).isEmpty();
        assertThat(PasswordPolicy.check("abcdefghijk", "jan")).contains("password.tooShort");
    }

    @Test
    void polishLettersCountAsOneCharacterEach() {
        assertThat(PasswordPolicy.check("źdźbło-żółć1", "jan")).isEmpty();
    }

    @Test
    void passwordLongerThanBcryptReadsIsRefused() {
        assertThat(PasswordPolicy.check("ż".repeat(37), "jan")).contains("password.tooLong");
        assertThat(PasswordPolicy.check("a".repeat(72), "jan")).isEmpty();
    }

    @Test
    void passwordContainingTheUserNameIsRefused() {
        assertThat(PasswordPolicy.check("Kowalski-2026-haslo", "kowalski")).contains("password.containsUsername");
    }

    @Test
    void blankOrMissingPasswordIsTooShort() {
        assertThat(PasswordPolicy.check(null, "jan")).contains("password.tooShort");
        assertThat(PasswordPolicy.check("              ", "jan")).contains("password.tooShort");
    }
}
