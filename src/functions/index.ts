// Webpack entry of the custom-functions runtime: each import registers its function
// (the metadata plugin appends CustomFunctions.associate to the file).
import "./clv";
import "./rfmScore";
import "./summary";
import "./retentionClv";
import "./orderKpis";
import "./retentionKpis";
import "./acquisitionKpis";
import "./rfmSegment";
import "./bgnbd";
import "./mbgnbd";
import "./paretoNbd";
import "./nbd";
import "./gammaGamma";
import "./bgbb";
import "./sbg";
import "./survivors";
import "./predictedClv";
import "./holdout";
import "./newCustomerClv";
import "./cohorts";
import "./summarySql";
import "./channels";
