package cn.jixiao.docs.service;

import cn.jixiao.docs.model.Cancellation;
import cn.jixiao.docs.render.Admission;
import cn.jixiao.docs.render.Format;
import cn.jixiao.docs.render.Rendered;
import cn.jixiao.docs.render.Renderer;
import cn.jixiao.docs.validation.Deployment;
import java.util.Set;

/**
 * What the service asks of the renderer: a render under the pool's cancellation and memory admission, and the
 * deployment validation checks against. An interface so that tests can hold a render still and see what the
 * service does meanwhile: a full queue, a time limit, a stop.
 */
interface RenderCall {

    Rendered render(byte[] json, Set<Format> formats, Cancellation cancellation, Admission admission);

    Deployment deployment();

    static RenderCall of(Renderer renderer) {
        return new RenderCall() {
            @Override
            public Rendered render(byte[] json, Set<Format> formats, Cancellation cancellation, Admission admission) {
                return renderer.render(json, formats, cancellation, admission);
            }

            @Override
            public Deployment deployment() { return renderer.deployment(); }
        };
    }
}
