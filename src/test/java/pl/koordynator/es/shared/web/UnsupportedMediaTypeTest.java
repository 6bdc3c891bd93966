package pl.koordynator.es.shared.web;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import pl.koordynator.es.security.Role;
import pl.koordynator.es.shared.UploadSettings;
import pl.koordynator.es.testing.IntegrationTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A body of the wrong type is answered with the types the address does take, not always "send JSON". */
class UnsupportedMediaTypeTest extends IntegrationTest {

    @Autowired
    MessageSource messages;

    @Autowired
    UploadSettings uploads;

    @Test
    void aJsonEndpointSentTextNamesJson() throws Exception {
        mvc.perform(post("/api/v1/organisations").contentType(MediaType.TEXT_PLAIN).content("Fundacja")
                        .with(users.as(Role.ADMIN)))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("nie przyjmuje treści typu text/plain")))
                .andExpect(jsonPath("$.detail").value(containsString("Przyjmuje: application/json")))
                .andExpect(jsonPath("$.accepted").value(hasItem("application/json")))
                .andExpect(jsonPath("$.accepted").value(not(hasItem("multipart/form-data"))))
                .andExpect(header().string("Accept", containsString("application/json")));
    }

    @Test
    void anUploadSentJsonNamesMultipartAndNotJson() throws Exception {
        mvc.perform(post("/api/v1/territory/terc").contentType(MediaType.APPLICATION_JSON).content("{}")
                        .header("Accept-Language", "en").with(users.as(Role.ADMIN)))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("This address does not accept content of type application/json."
                        + " It accepts: multipart/form-data."))
                .andExpect(jsonPath("$.accepted").value(contains("multipart/form-data")))
                .andExpect(jsonPath("$.instance").value("/api/v1/territory/terc"));
    }

    @Test
    void aPageGetsTheErrorPageNamingTheTypes() throws Exception {
        // no page of the platform reads a body of a set type today; a page handler that did would answer so
        MockMvc pages = MockMvcBuilders.standaloneSetup(new UploadPage())
                .setControllerAdvice(new ApiProblemHandler(messages, uploads)).build();

        pages.perform(post("/uploads").contentType(MediaType.APPLICATION_FORM_URLENCODED).content("file=x")
                        .locale(Locale.forLanguageTag("pl")))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(request().attribute(ApiProblemHandler.UNSUPPORTED_MEDIA_TYPE,
                        "Ten adres nie przyjmuje treści typu application/x-www-form-urlencoded."
                                + " Przyjmuje: multipart/form-data."))
                .andExpect(content().string(""));
    }

    @Controller
    static class UploadPage {

        @PostMapping(path = "/uploads", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
        @ResponseBody
        String upload() {
            return "ok";
        }
    }
}
