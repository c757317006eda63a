package tw.mainstream.shared.web.api;

import com.fasterxml.jackson.databind.type.TypeFactory;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Iterator;

/**
 * Names the request records nested in controllers after their controller ({@code MeetingApiController.AnswerRequest}
 * → {@code MeetingAnswerRequest}), so that two controllers' records of the same simple name do not
 * collapse into one schema.
 */
class NestedSchemaNames implements ModelConverter {

    @Override
    public Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        if (type.getName() == null && type.getType() != null) {
            Class<?> raw = TypeFactory.defaultInstance().constructType(type.getType()).getRawClass();
            Class<?> outer = raw.getEnclosingClass();
            if (outer != null && outer.getSimpleName().endsWith("Controller") && !raw.isEnum()
                    && raw.getAnnotation(io.swagger.v3.oas.annotations.media.Schema.class) == null) {
                String noun = OperationNames.noun(outer);
                type.name(raw.getSimpleName().startsWith(noun) ? raw.getSimpleName() : noun + raw.getSimpleName());
            }
        }
        return chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
    }
}
