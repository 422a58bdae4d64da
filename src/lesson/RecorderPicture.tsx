/**
 * A recorder as the scenarios page shows it (`?scenarios`, by recorder): a drawing of its front with the model and
 * what it is, and its information sticker with the line "Model" outlined, since that is where the owner finds the
 * model number. The sticker's serial number and Device ID are a sample unit's (lessonValues.SAMPLE_UNIT_SEED, *invented*), not
 * anyone's recorder. Our own drawing, no vendor artwork.
 */
import { manufactureUnit, PROFILES, RECORDER_MODELS, type RecorderModelId } from '../../firmware';
import { RecorderSticker } from '../bench/hardware/RecorderSticker';
import { lessonValues } from '../../scenarios';

const WIDTH = 320;
const HEIGHT = 56;

export function RecorderPicture({ modelId }: { modelId: RecorderModelId }) {
  const model = RECORDER_MODELS[modelId];
  const unit = manufactureUnit(model, lessonValues.SAMPLE_UNIT_SEED, lessonValues.SAMPLE_UNIT_MONTH);
  return (
    <figure className="recorder-picture">
      <svg
        xmlns="http://www.w3.org/2000/svg"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width={WIDTH}
        height={HEIGHT}
        role="img"
        aria-label={`${modelId} from the front`}
      >
        <rect x={1} y={1} width={WIDTH - 2} height={HEIGHT - 2} rx={6} fill="#22272e" stroke="#3a4048" />
        <rect x={6} y={HEIGHT - 8} width={WIDTH - 12} height={3} fill="#14181c" />
        <text x={12} y={24} fill="#e6edf3" fontSize={15} fontWeight={700} fontFamily="sans-serif">
          {modelId}
        </text>
        <text x={12} y={41} fill="#93a1af" fontSize={11} fontFamily="sans-serif">
          {model.channels}-channel {model.kind} ({PROFILES[model.profile].family})
        </text>
        {Array.from({ length: 5 }, (_, i) => (
          <rect key={i} x={200 + i * 10} y={14} width={5} height={26} rx={2} fill="#181c21" />
        ))}
        <circle cx={278} cy={27} r={4} fill="#3ddc84" />
        <circle cx={298} cy={27} r={4} fill="#e3b341" />
      </svg>
      <RecorderSticker unit={unit} modelId={modelId} highlight="model" label={`${modelId} information sticker`} />
      <figcaption>
        {modelId}: the model number is on the sticker, on the line &ldquo;Model&rdquo; (outlined), and on the Info
        screen.
      </figcaption>
    </figure>
  );
}
