package pl.koordynator.es.web;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.ResolvableType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

/**
 * An operation returning {@code ResponseEntity<Void>} answers 204 without a body (the API's
 * convention for deletes and other steps with nothing to say); springdoc would describe it as a
 * 200 without content, which a client checking statuses against the document would trip over.
 */
@Component
class ApiNoContentResponses implements OperationCustomizer {

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        ResolvableType returned = ResolvableType.forMethodReturnType(handler.getMethod());
        boolean nothing = ResponseEntity.class.equals(returned.resolve())
                && Void.class.equals(returned.getGeneric(0).resolve());
        ApiResponses responses = operation.getResponses();
        if (!nothing || responses == null || responses.containsKey("204")) {
            return operation;
        }
        ApiResponse ok = responses.remove("200");
        if (ok != null && ok.getContent() != null && !ok.getContent().isEmpty()) {
            // a 200 with a body was declared on purpose: leave it
            responses.addApiResponse("200", ok);
            return operation;
        }
        responses.addApiResponse("204", new ApiResponse().description("Done; the answer has no body."));
        return operation;
    }
}
