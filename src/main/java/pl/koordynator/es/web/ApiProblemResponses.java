package pl.koordynator.es.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * Every operation of the API documents the problems it can answer with, in the one shape
 * {@code ApiProblemHandler}, the security entry points and the rate limits write (RFC 9457 with
 * {@code errors} naming each bad field), so that a client (and the fuzz test) can check any
 * answer against the document. Responses an operation declares itself are kept.
 */
@Component
class ApiProblemResponses implements OpenApiCustomizer {

    static final String PROBLEM_JSON = "application/problem+json";
    static final String PROBLEM_SCHEMA = "Problem";

    /** Status, the name of the shared response under components/responses, and its description. */
    private static final List<String[]> PROBLEMS = List.of(
            new String[] {"400", "BadRequest", "Invalid input: a value of the wrong type or format, a missing or "
                    + "invalid field or parameter, or a body that is not JSON. `errors` lists each field that failed, "
                    + "with a message in the client's language (Accept-Language: pl, en)."},
            new String[] {"401", "Unauthorized", "Not signed in, or the credentials or API token are wrong or "
                    + "revoked. Send Basic credentials or a personal API token as `Authorization: Bearer ...`."},
            new String[] {"403", "Forbidden", "Signed in, but the account's role (or its organisation) may not do "
                    + "this to this record."},
            new String[] {"404", "NotFound", "No such record, or no such address under /api/v1."},
            new String[] {"406", "NotAcceptable", "The client's Accept admits none of the types the operation "
                    + "answers in (most answer application/json; downloads their own file type)."},
            new String[] {"409", "Conflict", "The request clashes with the record's current state: it was changed "
                    + "by someone else since it was read (send the current `version`), it would duplicate another "
                    + "record, or the step is not allowed in its status. Extra members name the record or the "
                    + "reason (e.g. `reason`, `field`, `activePlanId`, `offerStatus`)."},
            new String[] {"415", "UnsupportedMediaType", "The body's Content-Type is not one the operation reads "
                    + "(most read application/json, uploads multipart/form-data); `accepted` lists those it does."},
            new String[] {"422", "UnprocessableContent", "A file or body was read but its content cannot be taken "
                    + "as a whole (e.g. an import with faulty rows): `problems` lists each, and nothing was written."},
            new String[] {"429", "TooManyRequests", "Too many requests from this client (or sign-in attempts) in "
                    + "a short time; wait the seconds in `Retry-After` before trying again."});

    @Override
    public void customise(OpenAPI api) {
        Components components = api.getComponents() == null ? new Components() : api.getComponents();
        api.setComponents(components);
        components.addSchemas(PROBLEM_SCHEMA, problemSchema());
        components.addSchemas("FieldError", fieldErrorSchema());
        for (String[] problem : PROBLEMS) {
            components.addResponses(problem[1], response(problem[0], problem[2]));
        }
        if (api.getPaths() == null) {
            return;
        }
        api.getPaths().values().forEach(path -> path.readOperations().forEach(this::addProblems));
    }

    private void addProblems(Operation operation) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.setResponses(responses);
        Map<String, ApiResponse> added = new LinkedHashMap<>();
        for (String[] problem : PROBLEMS) {
            ApiResponse declared = responses.get(problem[0]);
            if (declared == null) {
                added.put(problem[0], new ApiResponse().$ref("#/components/responses/" + problem[1]));
            } else if (declared.get$ref() == null && !hasProblemContent(declared)) {
                // declared by the controller for its description: the body is still a problem
                Content content = declared.getContent() == null ? new Content() : declared.getContent();
                content.remove("*/*");
                content.addMediaType(PROBLEM_JSON, problemMedia());
                declared.setContent(content);
            }
        }
        responses.putAll(added);
        // the 2xx first, the problems in the order of their status, as a reader scans them
        ApiResponses sorted = new ApiResponses();
        responses.keySet().stream().sorted().forEach(status -> sorted.addApiResponse(status, responses.get(status)));
        if (responses.getExtensions() != null) {
            sorted.setExtensions(responses.getExtensions());
        }
        operation.setResponses(sorted);
    }

    private static boolean hasProblemContent(ApiResponse response) {
        return response.getContent() != null && response.getContent().containsKey(PROBLEM_JSON);
    }

    private static ApiResponse response(String status, String description) {
        ApiResponse response = new ApiResponse().description(description)
                .content(new Content().addMediaType(PROBLEM_JSON, problemMedia()));
        if ("429".equals(status)) {
            response.addHeaderObject("Retry-After", new Header()
                    .description("Seconds to wait before the next attempt.")
                    .schema(new IntegerSchema().minimum(java.math.BigDecimal.ONE)));
        }
        if ("401".equals(status)) {
            response.addHeaderObject("WWW-Authenticate", new Header()
                    .description("The scheme to authenticate with: `Bearer realm=\"Koordynator ES\"`.")
                    .schema(new StringSchema()));
        }
        return response;
    }

    private static MediaType problemMedia() {
        return new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM_SCHEMA));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema<?> problemSchema() {
        Schema problem = new ObjectSchema()
                .description("An RFC 9457 problem. Operations may add members of their own: `errors` for invalid "
                        + "fields, `accepted` for 415, `problems` for the rows of a rejected import, `reason` or "
                        + "the identifier of a conflicting record for 409.");
        problem.addProperty("type", new StringSchema().format("uri-reference")._default("about:blank")
                .description("A URI naming the kind of problem; `about:blank` when the status says it all."));
        problem.addProperty("title", new StringSchema().description("The status's short name, e.g. `Bad Request`."));
        problem.addProperty("status", new IntegerSchema().description("The HTTP status of this answer."));
        problem.addProperty("detail", new StringSchema()
                .description("What went wrong, for a person, in the client's language."));
        problem.addProperty("instance", new StringSchema().format("uri-reference")
                .description("The path of the request that failed."));
        problem.addProperty("errors", new ArraySchema()
                .items(new Schema<>().$ref("#/components/schemas/FieldError"))
                .description("Each invalid field or parameter (400)."));
        problem.addProperty("accepted", new ArraySchema().items(new StringSchema())
                .description("The media types the operation reads (415)."));
        problem.addProperty("problems", new ArraySchema().items(new ObjectSchema())
                .description("Each problem of a rejected file, by row (422)."));
        problem.addProperty("reason", new StringSchema().description("Why a step was refused (409)."));
        problem.setRequired(List.of("title", "status"));
        problem.setAdditionalProperties(Boolean.TRUE);
        return problem;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema<?> fieldErrorSchema() {
        Schema error = new ObjectSchema().description("One invalid field of a request.");
        error.addProperty("field", new StringSchema()
                .description("The field's name or JSON path (`actions[0].endDate`), or the parameter's name."));
        error.addProperty("message", new StringSchema().description("What is wrong with it, in the client's language."));
        error.setRequired(List.of("field", "message"));
        return error;
    }
}
