import type { RulePack } from '../types';
import { expand } from './shared';

// Real Decreto 1907/1996 (publicidad de productos con pretendida finalidad sanitaria) art. 4;
// Ley 3/1991 de Competencia Desleal art. 5 (actos de engaño).
const ENFERMEDADES = [
  'el cancer', 'cancer', 'la diabetes', 'diabetes', 'la artritis', 'artritis', 'la artrosis', 'el covid', 'covid', 'covid-19',
  'el coronavirus', 'la hipertension', 'hipertension', 'el eccema', 'eccema', 'la psoriasis', 'psoriasis', 'el insomnio', 'insomnio',
  'la depresion', 'depresion', 'el alzheimer', 'alzheimer', 'la demencia', 'el asma', 'asma', 'las infecciones', 'infecciones',
  'la gripe', 'gripe', 'las enfermedades', 'enfermedades', 'la enfermedad', 'las migranas', 'migranas', 'la obesidad', 'obesidad',
  'los tumores', 'tumores', 'la osteoporosis', 'el reumatismo',
];
const VERBOS = ['cura', 'curan', 'curar', 'trata', 'tratan', 'tratar', 'previene', 'previenen', 'prevenir', 'combate', 'combaten', 'combatir', 'elimina', 'eliminan', 'eliminar', 'contra', 'lucha contra', 'tratamiento de', 'tratamiento para', 'remedio para', 'remedio contra', 'protege contra', 'protege de', 'acaba con'];

export const esPack: RulePack = {
  id: 'es',
  locales: ['es'],
  rules: [
    {
      id: 'es.absolute_claim.rank',
      family: 'absolute_claim',
      severity: 'hard',
      locales: ['es'],
      patterns: [
        'número 1', 'número uno', 'el número uno', 'el mejor del mundo', 'la mejor del mundo', 'los mejores del mundo',
        'las mejores del mundo', 'mejor del mundo', 'el mejor del mercado', 'la mejor del mercado', 'resultados garantizados',
        'eficacia garantizada', 'éxito garantizado', 'efecto garantizado',
      ],
      exceptions: [{ precededBy: ['talla', 'articulo', 'modelo', 'paso', 'pagina', 'pieza'] }],
      message: 'afirmación de primacía o resultado garantizado',
    },
    {
      id: 'es.absolute_claim.superlative',
      family: 'absolute_claim',
      severity: 'soft',
      locales: ['es'],
      patterns: [
        'el mejor', 'la mejor', 'los mejores', 'las mejores', 'lo mejor', 'mejor precio', 'mejor calidad', 'el más vendido',
        'la más vendida', 'los más vendidos', 'más vendido', 'insuperable', 'insuperables', 'inigualable', 'inigualables', 'el más barato',
        'la más barata', 'revolucionario', 'revolucionaria', 'líder mundial', 'líder del mercado', 'calidad insuperable', 'sin igual',
      ],
      exceptions: [
        { followedBy: ['del mundo', 'del mercado', 'de todos los tiempos'], window: 30, action: 'harden' },
        { followedBy: ['antes de', 'posible', 'amigo*', 'manera de', 'forma de'], precededBy: ['a'] },
      ],
      message: 'superlativo',
    },
    {
      id: 'es.medical_claim.cura',
      family: 'medical_claim',
      severity: 'hard',
      locales: ['es'],
      patterns: [
        'cura', 'curar', 'curación', 'anticancerígeno', 'anticancerígena', 'anticáncer', 'anti-cáncer', 'remedio milagroso', 'cura milagrosa',
        'baja la presión arterial', 'reduce la presión arterial', 'reduce el colesterol', 'baja el colesterol', 'reduce el azúcar en sangre',
        ...expand(VERBOS, ENFERMEDADES),
      ],
      exceptions: [
        // Resin and nail gel "cure"; "cura de belleza" is a beauty routine.
        { precededBy: ['tiempo de', 'lampara de', 'uv', 'led', 'lampara uv de', 'secado y', 'seca y'], followedBy: ['uv', 'led', 'de belleza', 'de resina', 'del gel', 'rapida', 'esmalte', 'el esmalte', 'gel', 'resina', 'unas', 'las unas'] },
      ],
      message: 'alegación terapéutica',
    },
    {
      id: 'es.medical_claim.bienestar',
      family: 'medical_claim',
      severity: 'soft',
      locales: ['es'],
      patterns: [
        'refuerza el sistema inmunológico', 'fortalece el sistema inmunológico', 'refuerza las defensas', 'aumenta las defensas', 'desintoxica',
        'desintoxicante', 'clínicamente probado', 'clínicamente comprobado', 'clínicamente testado', 'alivia el dolor', 'alivia los dolores',
        'antiinflamatorio', 'antiinflamatoria', 'pérdida de peso', 'quema grasa', 'quemagrasas', 'adelgazante', 'adelgazar', 'grado médico',
        'sin efectos secundarios', 'recomendado por médicos', 'antiviral', 'mata los virus', 'propiedades curativas', 'piedras curativas',
      ],
      message: 'alegación de salud a justificar',
    },
    {
      id: 'es.environmental_claim.clima',
      family: 'environmental_claim',
      severity: 'hard',
      locales: ['es'],
      patterns: ['neutro en carbono', 'neutra en carbono', 'neutros en carbono', 'neutras en carbono', 'climáticamente neutra', 'neutral en carbono', 'climáticamente neutro', 'neutro para el clima', 'huella de carbono cero', 'cero emisiones netas', 'carbono neutral', 'neutralidad de carbono'],
      message: 'alegación de neutralidad climática',
    },
    {
      id: 'es.environmental_claim.generico',
      family: 'environmental_claim',
      severity: 'soft',
      locales: ['es'],
      patterns: [
        'ecológico', 'ecológica', 'ecológicos', 'ecológicas', 'respetuoso con el medio ambiente', 'respetuosa con el medio ambiente',
        'amigable con el medio ambiente', 'amigable con el planeta', 'sostenible', 'sostenibles', 'biodegradable', 'biodegradables',
        'compostable', 'cero residuos', 'libre de plástico', 'sin plástico', 'eco-amigable', 'ecoamigable', 'producto verde',
        'bueno para el planeta',
      ],
      inflections: ['s', 'es'],
      message: 'alegación ambiental genérica',
    },
    {
      id: 'es.sensitive.prohibido',
      family: 'sensitive',
      severity: 'hard',
      locales: ['es'],
      patterns: [
        'marfil auténtico', 'marfil genuino', 'marfil de elefante', 'marfil tallado', 'talla de marfil', 'cuerno de rinoceronte',
        'hueso de tigre', 'arma de fuego', 'armas de fuego', 'munición', 'municiones', 'esvástica', 'nazi', 'cocaína', 'heroína',
        'nudilleras', 'puño americano', 'manopla de acero', 'explosivos', 'navaja automática', 'billetes falsos', 'documentos falsos',
        'pistola',
      ],
      exceptions: [{ followedBy: ['de agua', 'de silicona', 'de pegamento', 'de masaje', 'de pintura', 'de calor', 'de aire', 'termica', 'de juguete', 'de burbujas', 'de espuma', 'de riego', 'de aire caliente', 'pulverizadora'], precededBy: ['juguete'] }],
      message: 'producto prohibido o restringido',
    },
    {
      id: 'es.sensitive.restringido',
      family: 'sensitive',
      severity: 'soft',
      locales: ['es'],
      patterns: ['cámara espía', 'cámara oculta', 'cigarrillo electrónico', 'cigarrillos electrónicos', 'nicotina', 'tabaco', 'cannabis', 'marihuana', 'spray de pimienta', 'gas pimienta', 'juguete sexual', 'juguetes sexuales', 'apuestas', 'ballesta', 'airsoft'],
      message: 'categoría restringida',
    },
    {
      id: 'es.counterfeit.copia',
      family: 'counterfeit',
      severity: 'hard',
      locales: ['es'],
      inflections: ['s'],
      patterns: ['réplica', 'réplicas', 'imitación', 'imitaciones', 'falsificación', 'falsificaciones', 'falsificado', 'falsificada', 'copia exacta', 'copia de marca', 'copia pirata', 'producto pirata', 'productos piratas', 'copia del original'],
      exceptions: [
        {
          followedBy: ['cuero', 'piel', 'madera', 'perla*', 'marmol', 'a escala', 'de museo', 'de fosil', 'de dinosaurio', 'ante'],
          precededBy: ['a escala', 'escala', 'museo', 'no es', 'no son', 'contra la', 'anti', 'sin', 'perlas de', 'perla de', 'piel de', 'cuero de', 'joyas de', 'bisuteria de'],
        },
        { precededBy: ['oficial'], followedBy: ['oficial'], action: 'soften' },
      ],
      message: 'señal de falsificación',
    },
  ],
};
