package pl.koordynator.es.shared.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RawQueryTest {

    @Test
    void namesTheFirstParameterWhoseValueDoesNotDecode() {
        assertThat(RawQuery.firstUndecodableParameter("from=%ZZ")).contains("from");
        assertThat(RawQuery.firstUndecodableParameter("page=0&q=a%")).contains("q");
        assertThat(RawQuery.firstUndecodableParameter("q=%C3%28&from=%ZZ")).contains("q");
        assertThat(RawQuery.firstUndecodableParameter("q=ok&from=%FF")).contains("from");
        assertThat(RawQuery.firstUndecodableParameter("q=%C3")).contains("q");
        assertThat(RawQuery.firstUndecodableParameter("q=%4")).contains("q");
        assertThat(RawQuery.firstUndecodableParameter("sp%C3%B3%C5%82ka=%ZZ")).contains("spółka");
    }

    @Test
    void namesNothingWhenTheNameItselfCannotBeReadOrEverythingDecodes() {
        assertThat(RawQuery.firstUndecodableParameter("%ZZ=1")).isEmpty();
        assertThat(RawQuery.firstUndecodableParameter("=1")).isEmpty();
        assertThat(RawQuery.firstUndecodableParameter("q=Sp%C3%B3%C5%82dzielnia+Razem&&page=2&flag")).isEmpty();
        assertThat(RawQuery.firstUndecodableParameter(null)).isEmpty();
    }

    @Test
    void decodesFormEncodedUtf8() {
        assertThat(RawQuery.decode("Sp%C3%B3%C5%82dzielnia+Razem%21")).isEqualTo("Spółdzielnia Razem!");
        assertThat(RawQuery.decode("%e2%82%ac")).isEqualTo("€");
        assertThat(RawQuery.decode("%ED%A0%80")).as("a lone surrogate is not UTF-8").isNull();
        assertThat(RawQuery.decode("é")).as("raw non-ASCII never reaches here from Tomcat").isNull();
    }
}
