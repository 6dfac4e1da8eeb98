import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { registerMathsRenderer } from '@/components/maths/maths-loader';
import { renderMaths } from '@/components/maths/temml-renderer';

// Injected by the background into a YouTube tab the first time its panel shows a note with maths.
export default defineUnlistedScript(() => {
  registerMathsRenderer(renderMaths);
});
